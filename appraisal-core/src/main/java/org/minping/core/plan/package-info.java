/**
 * Work plans 工作方案 of the pilot agencies: phases, steps and tasks decomposed to departments, liaison
 * officers 联络员 who report progress and stage reports on a schedule, and what is overdue.
 */
package org.minping.core.plan;
