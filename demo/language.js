// The demo's English/Spanish switch: sets <html lang>, which every element follows, and remembers it.
const KEY = 'cert-elements-demo-lang';

/** @param {HTMLSelectElement} select */
export function languageSwitch(select) {
  const saved = localStorage.getItem(KEY);
  if (saved === 'en' || saved === 'es') select.value = saved;
  const apply = () => {
    document.documentElement.lang = select.value;
    localStorage.setItem(KEY, select.value);
  };
  select.addEventListener('change', apply);
  apply();
}
