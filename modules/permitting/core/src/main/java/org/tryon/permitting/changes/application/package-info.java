/** Use cases of changes in work (108.8.2): requesting a change and deciding it. */
package org.tryon.permitting.changes.application;
