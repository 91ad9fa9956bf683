/** A change in work requested on an issued permit and the Department's decision on it (108.8.2). */
package org.tryon.permitting.changes.domain;
