# Source: 001_3155fc6236170a02.txt, 七 "Pod的三种探针" (7.2 readiness, 7.3 liveness, 7.4 startup).
# Probe timing follows pkg/kubelet/prober/worker.go: the first probe at initialDelaySeconds, then
# every periodSeconds; successThreshold/failureThreshold consecutive results flip the state; a
# startup probe gates liveness and readiness until it succeeds (prober_manager.go).
Feature: nginx probes from the seed

  Scenario: readiness (TCP): ready once nginx listens, never restarted
    Given the manifest "nginx-readiness-tcp.yaml"
    When 5s pass
    Then container "nginx" is running
    And the pod is not ready
    When 15s pass
    Then the pod is ready
    And container "nginx" is ready
    And the pod phase stays "Running" for 5m

  Scenario: liveness and readiness (HTTP): healthy nginx keeps running
    Given the manifest "nginx-liveness-http.yaml"
    When I wait until container "nginx" is ready
    Then the pod phase stays "Running" for 10m
    And container "nginx" has restarted 0 times
    And no event "Killing" is recorded

  Scenario: liveness (HTTP): a failing liveness probe restarts the container
    Given the manifest "nginx-liveness-http.yaml"
    And the liveness probe of container "nginx" fails from 1m
    When 2m passes
    Then an event "Unhealthy" with message containing "Liveness probe failed" is recorded
    And container "nginx" has restarted at least 1 time

  Scenario: startup: the other probes wait for the startup probe
    Given the manifest "nginx-startup-probe.yaml"
    When 25s pass
    Then container "nginx" is running
    And container "nginx" is not ready
    And no event "Unhealthy" with message containing "Liveness" is recorded
    When 20s pass
    Then container "nginx" is ready
    And container "nginx" has restarted 0 times

  Scenario: startup: a program that never comes up is killed after 20 failures
    Given the manifest "nginx-startup-probe.yaml"
    And container "nginx" becomes healthy after 10m
    When 2m pass
    Then an event "Unhealthy" with message containing "Startup probe failed" is recorded
    And an event "Killing" with message containing "failed startup probe, will be restarted" is recorded
