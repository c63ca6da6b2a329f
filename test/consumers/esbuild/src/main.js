import { MemoryAdapter, setAssetBase } from 'cert-elements';

// esbuild leaves `new URL('./font.woff', import.meta.url)` in the library as it is: the build copies
// the library's assets to dist/cert-elements/, and this says where they are.
setAssetBase(new URL('./cert-elements/', import.meta.url));
document.querySelector('cert-dashboard').adapter = new MemoryAdapter();
