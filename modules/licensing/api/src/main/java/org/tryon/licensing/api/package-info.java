/** What the licensing exams context tells the others. */
package org.tryon.licensing.api;
