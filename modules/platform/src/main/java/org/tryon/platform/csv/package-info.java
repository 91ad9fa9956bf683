/** CSV cells that spreadsheet programs do not run as formulas (ADR 0022). */
package org.tryon.platform.csv;
