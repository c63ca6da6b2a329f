// Registers every tag and exports the whole API.
import { MemoryAdapter } from 'cert-elements';

document.querySelector('cert-dashboard').adapter = new MemoryAdapter();
