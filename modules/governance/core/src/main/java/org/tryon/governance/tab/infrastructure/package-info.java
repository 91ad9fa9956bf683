/** Demo TAB data and the TAB's storage tests. */
package org.tryon.governance.tab.infrastructure;
