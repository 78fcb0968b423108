// SPDX-License-Identifier: MIT
// The standalone app: registers the elements; index.html holds <poles-app>.
import '../define.ts';
