/** Licensing exams: trades, certificate types and candidates (107.1.5 C, 109). */
package org.tryon.licensing.domain;
