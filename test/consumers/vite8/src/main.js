// Registers <cert-dashboard> and the elements its sections show, and nothing else.
import 'cert-elements/cert-dashboard';
import { MemoryAdapter } from 'cert-elements/classes';

document.querySelector('cert-dashboard').adapter = new MemoryAdapter();
