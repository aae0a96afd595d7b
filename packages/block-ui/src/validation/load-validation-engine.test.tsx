import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { loadedValidationEngine, loadValidationEngine, useValidationEngine } from './load-validation-engine.js';

// The engine's chunk arrives only when the test lets it, and fails the first time it is asked for.
const chunk = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened, requests: 0 };
});
vi.mock('./validation-engine.js', async (importOriginal) => {
  chunk.requests += 1;
  if (chunk.requests === 1) throw new Error('chunk failed to load');
  await chunk.opened;
  return importOriginal();
});

function EngineState() {
  const engine = useValidationEngine();
  return <p>{engine ? `loaded: ${engine.validateConfig({ resource: 'contact', operation: 'get', contactId: '1' }).length} issues` : 'loading'}</p>;
}

describe('the lazily loaded validation engine', () => {
  it('forgets a failed load, so the next caller tries again', async () => {
    await expect(loadValidationEngine()).rejects.toThrow();
    expect(loadedValidationEngine()).toBeUndefined();
  });

  it('is undefined while it loads, starts loading on mount, and re-renders its users once it is there', async () => {
    render(<EngineState />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(loadedValidationEngine()).toBeUndefined();
    chunk.open();
    expect(await screen.findByText('loaded: 0 issues')).toBeInTheDocument();
  });

  it('loads once per page: every caller shares the engine, and components mounted later get it at once', async () => {
    const engine = await loadValidationEngine();
    expect(await loadValidationEngine()).toBe(engine);
    expect(loadedValidationEngine()).toBe(engine);
    expect(chunk.requests).toBe(2);
    render(<EngineState />);
    expect(screen.getByText('loaded: 0 issues')).toBeInTheDocument();
  });
});
