import { MemoryAdapter, setAssetBase } from 'cert-elements';

// esbuild does not copy the files the library fetches (PDF fonts, demo pictures), so the build copies
// its one asset folder to dist/cert-elements-assets/, and this says where that is.
setAssetBase(new URL('./cert-elements-assets/', import.meta.url));
document.querySelector('cert-dashboard').adapter = new MemoryAdapter();
