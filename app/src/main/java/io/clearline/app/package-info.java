/** The Spring Boot assembly: configuration, persistence wiring, REST API, security, scheduling, the launcher's entry points. Thin: it wires, it does not decide. */
package io.clearline.app;
