// The API key for writes (candidate decisions). Kept in this browser's local storage and sent as X-Api-Key;
// with no key configured on the server, writes are accepted from this machine (loopback) only.
import { apiKey, setApiKey } from '../api.js';
import { h, section } from '../ui.js';

export function keyForm(onSaved) {
  const input = h('input', { type: 'password', name: 'apiKey', value: apiKey(), autocomplete: 'off', size: 40, placeholder: 'X-Api-Key' });
  const status = h('span', { class: 'muted' }, apiKey() ? 'A key is set.' : 'No key set: writes work from this machine only, when the server has no key.');
  return h('form', {
    class: 'keyform',
    onsubmit: (event) => {
      event.preventDefault();
      setApiKey(input.value.trim());
      status.textContent = input.value.trim() ? 'Saved: sent as X-Api-Key with every request.' : 'Cleared.';
      onSaved?.();
    },
  }, h('label', {}, 'API key ', input), ' ', h('button', { type: 'submit' }, 'Save'), ' ', status);
}

export function render() {
  return h('div', { class: 'page settings' }, h('h1', {}, 'API key'),
    section('Key for writes', h('p', {}, 'Candidate decisions are writes. When the server sets GovGraph:Api:ApiKey, enter it here; it stays in this browser.'), keyForm()));
}
