/** Exam sessions, registrations, their rules and their append-only histories (107.1.5 C, C.2; 106). */
package org.tryon.licensing.sessions.domain;
