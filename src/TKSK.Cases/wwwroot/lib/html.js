// Templates in plain JavaScript (no build step): html`<div class=${x}>…</div>` creates Preact elements.
import { h } from "preact";
import htm from "htm";

/** @type {(strings: TemplateStringsArray, ...values: any[]) => any} */
export const html = htm.bind(h);
