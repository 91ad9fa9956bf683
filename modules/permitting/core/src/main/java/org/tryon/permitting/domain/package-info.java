/** Permitting's entities and rules: contractor firms, permits and their life (106, 108.7, 108.8). */
package org.tryon.permitting.domain;
