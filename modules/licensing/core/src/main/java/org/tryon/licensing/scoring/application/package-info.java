/** Use cases of scoring, score reports and challenges (106, 107.1.5 C). */
package org.tryon.licensing.scoring.application;
