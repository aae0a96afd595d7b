import { render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi, type Mock } from 'vitest';
import type { IntercomConfig, SavedIntercomBlock } from '@workflow-blocks/block-core';
import { IntercomBlockEditor, type IntercomBlockEditorProps } from '../editor/IntercomBlockEditor.js';

/** A saved block for a config. */
export const block = (config: IntercomConfig): SavedIntercomBlock => ({ type: 'intercom', config });

export interface RenderedEditor extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  onChange: Mock<(block: SavedIntercomBlock) => void>;
  /** The config of the last onChange call. */
  lastConfig: () => IntercomConfig | undefined;
}

/** Renders the editor with a user-event session and an onChange spy. */
export function renderEditor(props: Partial<IntercomBlockEditorProps> = {}): RenderedEditor {
  const user = userEvent.setup();
  const onChange = vi.fn<(block: SavedIntercomBlock) => void>();
  const view = render(<IntercomBlockEditor onChange={onChange} panels={{ connection: false, preview: false, run: false }} {...props} />);
  const lastConfig = (): IntercomConfig | undefined => onChange.mock.calls.at(-1)?.[0].config;
  return { user, onChange, lastConfig, ...view };
}

/** The names of the fields on screen, in order. */
export function shownFields(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLElement>('.wb-fields > .wb-field[data-field]')].map((el) => el.dataset.field ?? '');
}

/** Opens a Radix select by its label and picks an option by its text. */
export async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string | RegExp) {
  await user.click(await screen.findByRole('combobox', { name: label }));
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
  expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
}
