import { useEffect, useState } from 'react';
import type { PlaygroundSettings } from '../../server/tenant-keys.js';

/** Asks the playground's server for its tenants and the proxy's callback origin (no keys: those stay on the server). */
export function usePlaygroundSettings(): PlaygroundSettings | undefined {
  const [settings, setSettings] = useState<PlaygroundSettings>();
  useEffect(() => {
    const controller = new AbortController();
    fetch('/playground-settings.json', { signal: controller.signal })
      .then((response) => response.json() as Promise<PlaygroundSettings>)
      .then(setSettings)
      .catch(() => {
        if (!controller.signal.aborted) setSettings({ tenants: [], oauthCallbackOrigin: window.location.origin });
      });
    return () => controller.abort();
  }, []);
  return settings;
}
