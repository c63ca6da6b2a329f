// Tree shaking reduces bundle size
export { zlibSync, unzlibSync } from "fflate";
