// The demo page on the reference server: signs the visitor in as the demo learner (the server's
// stand-in for a partner's own sign-in), then loads the library, so that the dashboard's first
// request already carries the session cookie.
import { languageSwitch } from './language.js';

const API = '/api';

async function signInAsDemoLearner() {
  // Keeps the session the visitor has; otherwise sets a new HttpOnly, SameSite=Lax session cookie.
  const response = await fetch(`${API}/demo/sign-in`, { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) console.warn(`Demo sign-in answered ${response.status}; the dashboard will say what is wrong.`);
}

languageSwitch(document.querySelector('#lang'));
try {
  await signInAsDemoLearner();
} catch (error) {
  console.warn('Demo sign-in failed:', error);
} finally {
  await import('/dist/cert-elements.js');
}
