// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** The diagrams' floating tooltip (ui/tooltip-box.ts), positioned in its diagram box. */
export const diagramTooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 3;
    pointer-events: none;
    max-width: 360px;
    padding: 4px 8px;
    border-radius: 4px;
    background: rgba(20, 20, 20, 0.9);
    color: #fff;
    white-space: pre-line;
    overflow-wrap: anywhere;
    transform: translate(12px, 12px);
  }
`;
