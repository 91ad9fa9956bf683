/**
 * The shared kernel of the modules' apis: values that every module's api speaks (the trades permits are issued for,
 * 108.8, 108.10 F.4; whom a permit is issued to and whose account its fees are billed to, 108.8 C, 108.8 G), so that
 * one module's api need not import another's (ADR 0001, ADR 0040).
 *
 * <p>What belongs here: plain values (records and enums) with no behaviour of any module, that at least two modules'
 * apis use in the same meaning. What does not: entities, rules of a module, events, query interfaces; those stay in the
 * owning module and its {@code api} package.
 */
package org.tryon.platform.kernel;
