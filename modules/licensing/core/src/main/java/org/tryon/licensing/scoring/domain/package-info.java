/** Results, the score sheet and item challenges and score appeals (106, 107.1.5 C, C.2). */
package org.tryon.licensing.scoring.domain;
