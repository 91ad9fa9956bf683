/** Changes in work (108.8.2) over HTTP and on the permit page's Changes tab. */
package org.tryon.permitting.changes.web;
