/** Use cases of certificates, official actions and the review of delegated results (109, 107.1.5 C). */
package org.tryon.licensing.certificates.application;
