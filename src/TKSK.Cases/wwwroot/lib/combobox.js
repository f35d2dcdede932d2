// A text field that searches a list and lets one entry be chosen (the WAI-ARIA 1.2 combobox with a
// listbox popup): typed by operators who know a place by name, usable with the keyboard alone.
import { html } from "./html.js";
import { useEffect, useMemo, useState } from "preact/hooks";
import { fold, search } from "./regions.js";
import { t } from "./words.js";
import { SuggestionNote } from "./forms.js";

/** @typedef {import("./forms.js").Option} Option */

const SHOWN = 50;

/**
 * @param {{ id: string, label: string, hint?: string, error?: string, options: Option[], value: string,
 *   onChange: (value: string) => void, disabled?: boolean, suggestion?: import("./forms.js").Suggestion }} props
 */
export function Combobox({ id, label, hint, error, options, value, onChange, disabled, suggestion }) {
  const chosen = options.find((o) => o.value === value);
  const [text, setText] = useState(chosen?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // A choice made elsewhere (a restored draft, a suggestion) shows its name. A cleared choice keeps what
  // was typed (typing clears it); whoever resets the field from outside gives it a new key.
  useEffect(() => {
    if (chosen) setText(chosen.label);
  }, [value, chosen?.label]);

  const matches = useMemo(() => search(options, text === chosen?.label ? "" : text, (o) => o.label), [options, text, chosen?.label]);
  const shown = matches.slice(0, SHOWN);
  const expanded = open && !disabled;

  /** @param {Option} option */
  const choose = (option) => {
    onChange(option.value);
    setText(option.label);
    setOpen(false);
    setActive(-1);
  };

  /** @param {KeyboardEvent} event */
  const onKeyDown = (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive(Math.min(active + 1, shown.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === "Enter" && expanded && active >= 0 && shown[active]) {
      // Enter picks the highlighted entry; it must not submit the form around it.
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const onBlur = () => {
    setOpen(false);
    // A name typed out in full counts as chosen; anything else stays unchosen and the form says so.
    const exact = options.find((o) => fold(o.label) === fold(text));
    if (exact && exact.value !== value) choose(exact);
  };

  const hintId = hint ? id + "-hint" : "";
  const errorId = error ? id + "-error" : "";
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<div class="hint" id=${hintId}>${hint}</div>` : null}
      ${error ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${t("error.prefix")} </span>${error}</p>` : null}
      <${SuggestionNote} suggestion=${suggestion} label=${label} />
      <div class="combobox">
        <input class=${"input" + (error ? " input--error" : "")} id=${id} type="text" role="combobox" autocomplete="off"
          aria-autocomplete="list" aria-expanded=${expanded ? "true" : "false"} aria-controls=${id + "-listbox"}
          aria-activedescendant=${expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby=${[hintId, errorId].filter(Boolean).join(" ") || undefined} aria-invalid=${error ? "true" : undefined}
          disabled=${disabled} value=${text}
          onInput=${(/** @type {any} */ e) => {
            setText(e.currentTarget.value);
            setOpen(true);
            // The best match is highlighted as one types, so Enter takes it (GOV.UK's autoselect).
            setActive(e.currentTarget.value.trim() ? 0 : -1);
            if (value) onChange("");
          }}
          onFocus=${() => setOpen(true)} onBlur=${onBlur} onKeyDown=${onKeyDown} />
        <ul class="combobox__list" id=${id + "-listbox"} role="listbox" aria-label=${label} hidden=${!expanded}>
          ${shown.map((o, i) => html`
            <li id=${`${id}-option-${i}`} role="option" aria-selected=${i === active ? "true" : "false"}
              class=${"combobox__option" + (i === active ? " combobox__option--active" : "")}
              onMouseDown=${(/** @type {MouseEvent} */ e) => e.preventDefault()} onClick=${() => choose(o)}>
              ${o.label}${o.hint ? html`<span class="combobox__hint"> ${o.hint}</span>` : null}
            </li>`)}
          ${expanded && shown.length === 0 ? html`<li class="combobox__none" role="option" aria-selected="false" aria-disabled="true">${t("combo.noMatch")}</li>` : null}
          ${expanded && matches.length > SHOWN ? html`<li class="combobox__none" role="option" aria-selected="false" aria-disabled="true">${t("combo.more")}</li>` : null}
        </ul>
        <div class="visually-hidden" role="status" aria-live="polite">${expanded && text && text !== chosen?.label ? t("combo.results", { n: matches.length }) : ""}</div>
      </div>
    </div>`;
}
