/**
 * Options page: every change is saved to `storage.local` at once, and content scripts apply it
 * live (storage.onChanged), so no page needs a reload.
 */
import { guard } from '../shared/guard';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { fillForm, findControls, readForm } from './form';

async function main(): Promise<void> {
  const controls = findControls(document);
  const status = document.getElementById('status');
  fillForm(controls, await loadSettings());
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const save = guard(async () => {
    const saved = await saveSettings(readForm(controls));
    controls.sensitivityValue.value = `${Math.round(saved.sensitivity * 100)}%`;
    if (status) {
      status.textContent = 'Saved.';
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => (status.textContent = ''), 2000);
    }
  });
  const form = document.getElementById('options');
  form?.addEventListener('change', save);
  // The slider saves on release (`change`); while it moves, only the figure follows.
  controls.sensitivity.addEventListener('input', () => {
    controls.sensitivityValue.value = `${Math.round(Number(controls.sensitivity.value) * 100)}%`;
  });
  form?.addEventListener('submit', (event) => event.preventDefault());
  onSettingsChanged((settings) => fillForm(controls, settings));
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Could not load the settings: ${error instanceof Error ? error.message : String(error)}`;
});
