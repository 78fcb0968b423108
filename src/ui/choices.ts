// SPDX-License-Identifier: MIT
// A group of radio buttons, one per value, as the controls draw them (layer, site years, partnership set).
import { html } from 'lit';

export function radioChoices<T extends string>(
  name: string,
  values: readonly T[],
  checked: T,
  label: (value: T) => string,
  choose: (value: T) => void,
) {
  return values.map(
    (value) =>
      html`<label class="choice"
        ><input
          type="radio"
          name=${name}
          value=${value}
          .checked=${checked === value}
          @change=${() => choose(value)}
        />${label(value)}</label
      >`,
  );
}
