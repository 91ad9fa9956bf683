/** How the entities of every context are named in the database, where a mapping leaves a name implicit. */
package org.tryon.platform.persistence;
