/** The supervised agent: read tools and proposal tools over the governance gateway, a deterministic playbook planner and an optional LangChain4j planner, agent run records. */
package io.clearline.agent;
