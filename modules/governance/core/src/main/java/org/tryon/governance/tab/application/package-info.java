/** The TAB's meeting work, links to permit data, records, results and views. */
package org.tryon.governance.tab.application;
