/** Screens and REST of results and challenges (106, 107.1.5 C). */
package org.tryon.licensing.scoring.web;
