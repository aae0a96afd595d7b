import type { Page } from 'playwright-core';
import { emptySamples, measure, measureIn, orderFor, record, settle, sideId, type Samples, type Side } from './drive.js';

export interface DriveOptions {
  /** Measured actions per side. */
  count: number;
  /** Unmeasured actions per side first (JIT, caches). */
  warmUp: number;
  /** Actions per side before the other side takes its turn. */
  block: number;
}

const inSide = (side: Side, selector: string) => `#${sideId[side]} ${selector}`;

async function clearFocused(page: Page): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
}

/**
 * Keystrokes in a text field (Email under contact.create), one character at a time, each timed to the host's
 * commit of the new text (its layout effect): the editor's inputs are uncontrolled, so no DOM write marks it.
 */
export async function driveKeystrokes(page: Page, options: DriveOptions): Promise<Samples> {
  const samples = emptySamples();
  const input: Record<Side, string> = { editor: '#ed-email-control', rjsf: '#root_email' };
  const text = 'jane.doe+bench@example.com';
  const typed: Record<Side, string> = { editor: '', rjsf: '' };
  const done: Record<Side, number> = { editor: 0, rjsf: 0 };
  const total = options.count + options.warmUp;
  for (let block = 0; done.editor < total || done.rjsf < total; block++) {
    for (const side of orderFor(block)) {
      await page.focus(inSide(side, input[side]));
      await settle(page);
      for (let k = 0; k < options.block && done[side] < total; k++) {
        if (typed[side].length >= text.length) {
          await clearFocused(page);
          typed[side] = '';
          await settle(page);
        }
        const next = typed[side] + text.charAt(typed[side].length);
        const ms = await measure(page, side, { kind: 'commit', field: 'email', value: next }, () => page.keyboard.type(next.slice(-1)));
        typed[side] = next;
        record(samples, side, ms, done[side] < options.warmUp);
        done[side] += 1;
        await settle(page);
      }
    }
  }
  return samples;
}

const operations = ['get', 'list', 'reply'] as const;
/** A field only that operation shows, next to the one before or after it in the list. */
const marker: Record<(typeof operations)[number], string> = { get: 'conversationId', list: 'perPage', reply: 'message' };
const fieldSelector = (side: Side, name: string) => (side === 'editor' ? `[data-field="${name}"]` : `#root_${name}`);

/**
 * Switching the operation (conversation get, list, reply, back and forth: each switch changes the fields) with
 * the keyboard: the editor's select is opened and moved first, the measured key is the Enter that picks; the
 * native select of rjsf changes on the arrow key itself.
 */
export async function driveOperationSwitch(page: Page, options: DriveOptions): Promise<Samples> {
  const samples = emptySamples();
  const position: Record<Side, number> = { editor: 0, rjsf: 0 };
  const direction: Record<Side, 1 | -1> = { editor: 1, rjsf: 1 };
  const done: Record<Side, number> = { editor: 0, rjsf: 0 };
  const total = options.count + options.warmUp;
  for (let block = 0; done.editor < total || done.rjsf < total; block++) {
    for (const side of orderFor(block)) {
      for (let k = 0; k < options.block && done[side] < total; k++) {
        if (position[side] + direction[side] < 0 || position[side] + direction[side] >= operations.length) direction[side] = direction[side] === 1 ? -1 : 1;
        const from = operations[position[side]]!;
        const to = operations[position[side] + direction[side]]!;
        const arrow = direction[side] === 1 ? 'ArrowDown' : 'ArrowUp';
        const check = { kind: 'fields' as const, present: fieldSelector(side, marker[to]), absent: fieldSelector(side, marker[from]) };
        let ms: number | null;
        if (side === 'editor') {
          await page.focus('#ed-operation-control');
          await page.keyboard.press('Enter');
          await page.waitForSelector(inSide('editor', '[role="option"][data-state="checked"]'));
          await page.waitForTimeout(80);
          await page.keyboard.press(arrow);
          await page.waitForTimeout(80);
          ms = await measure(page, side, check, () => page.keyboard.press('Enter'));
          await page.waitForSelector(inSide('editor', '[role="listbox"]'), { state: 'detached' });
        } else {
          await page.focus('#root_operation');
          ms = await measure(page, side, check, () => page.keyboard.press(arrow));
        }
        position[side] += direction[side];
        record(samples, side, ms, done[side] < options.warmUp);
        done[side] += 1;
        await settle(page, 300);
      }
    }
  }
  return samples;
}

/**
 * Keystrokes in the reference picker's search with 10,000 upstream paths; the rjsf baseline types into the
 * same field, whose 10,000 references are its `examples` (a `<datalist>`, rjsf's own suggestion list).
 */
export async function drivePickerSearch(page: Page, options: DriveOptions): Promise<Samples> {
  const samples = emptySamples();
  const words = ['email', 'order', 'phone', 'status', 'city', 'amount', 'plan', 'name'];
  const input: Record<Side, string> = { editor: '.wb-picker-input', rjsf: '#root_contactId' };
  const done: Record<Side, number> = { editor: 0, rjsf: 0 };
  const total = options.count + options.warmUp;
  for (let block = 0; done.editor < total || done.rjsf < total; block++) {
    const word = words[block % words.length]!;
    for (const side of orderFor(block)) {
      if (done[side] >= total) continue;
      if (side === 'editor') {
        if ((await page.$(inSide('editor', input.editor))) === null) {
          await page.click(inSide('editor', '[data-field="contactId"] button[aria-haspopup="listbox"]'));
          await page.waitForSelector(inSide('editor', input.editor));
        }
      }
      await page.focus(inSide(side, input[side]));
      await clearFocused(page);
      await settle(page);
      let typed = '';
      for (const char of word) {
        if (done[side] >= total) break;
        const next = typed + char;
        const ms = await measure(page, side, { kind: 'value', selector: input[side], value: next }, () => page.keyboard.type(char));
        typed = next;
        record(samples, side, ms, done[side] < options.warmUp);
        done[side] += 1;
        await settle(page);
      }
    }
  }
  return samples;
}

/** Keystroke times of the two references measured beside the keystroke run, in ms. */
export interface KeystrokeReferences {
  /** A plain DOM input without React that reports its text as committed on each input event. */
  floor: number[];
  /** A `useState`-controlled React input, its own host (the page's `side-bare`). */
  bareReact: number[];
}

/**
 * The page's references for keystrokes, measured the same way as the two sides, in alternating blocks: the floor
 * (what the browser spends on any keystroke, no React) and a bare controlled React input (what React alone adds).
 */
export async function measureKeystrokeReferences(page: Page, count = 20, block = 5): Promise<KeystrokeReferences> {
  await page.evaluate(() => {
    const side = document.createElement('section');
    side.id = 'side-floor';
    const input = document.createElement('input');
    input.id = 'floor-input';
    input.setAttribute('aria-label', 'Plain DOM input');
    input.addEventListener('input', () => window.__benchProbe?.committed('side-floor', { value: input.value }));
    side.append(input);
    document.body.append(side);
  });
  const targets = { floor: { side: 'side-floor', input: '#floor-input' }, bareReact: { side: 'side-bare', input: '#bare-input' } } as const;
  const times: KeystrokeReferences = { floor: [], bareReact: [] };
  const typed = { floor: '', bareReact: '' };
  for (let round = 0; times.floor.length + times.bareReact.length < 2 * count && round < 4 * count; round++) {
    const which = round % 2 === 0 ? 'floor' : 'bareReact';
    const { side, input } = targets[which];
    await page.focus(input);
    for (let k = 0; k < block && times[which].length < count; k++) {
      const value = typed[which] + 'abcde'.charAt(typed[which].length % 5);
      const ms = await measureIn(page, side, { kind: 'commit', field: 'value', value }, () => page.keyboard.type(value.slice(-1)));
      typed[which] = value;
      if (ms !== null) times[which].push(ms);
      await page.waitForTimeout(60);
    }
  }
  return times;
}
