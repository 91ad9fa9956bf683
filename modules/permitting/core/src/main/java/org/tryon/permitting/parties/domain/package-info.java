/** The homeowner electrical test an owner's electrical permit needs (108.8 C). */
package org.tryon.permitting.parties.domain;
