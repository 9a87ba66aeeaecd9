import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type FixtureName = 'group-chat.html' | 'login.html' | 'no-chat-area.html' | 'direct-chat.html';
export const FIXTURES: FixtureName[] = ['group-chat.html', 'login.html', 'no-chat-area.html', 'direct-chat.html'];

export function fixtureHtml(name: FixtureName): string {
  return readFileSync(join(__dirname, '../../fixtures/wechat-web', name), 'utf8');
}

/** A detached document of the fixture (for pure readers). */
export function parseFixture(name: FixtureName): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/** Replace the live test document with the fixture (for observers), keeping <body> attributes. */
export function loadFixtureIntoDocument(name: FixtureName | string): void {
  const html = name.endsWith('.html') ? fixtureHtml(name as FixtureName) : name;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
}
