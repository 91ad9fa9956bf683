/** Exceptions that say what a user did wrong, independent of the screen or API that reports them. */
package org.tryon.platform.errors;
