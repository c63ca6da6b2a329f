import { MemoryAdapter, setAssetBase } from 'cert-elements';

// esbuild leaves `new URL('./font.woff', import.meta.url)` in the library as it is, so the build
// copies the library's fonts to dist/cert-elements-fonts/, and this says where they are.
setAssetBase(new URL('./cert-elements-fonts/', import.meta.url));
document.querySelector('cert-dashboard').adapter = new MemoryAdapter();
