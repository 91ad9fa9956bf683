/** What the commission governance context (BDC and TAB) tells the others. */
package org.tryon.governance.api;
