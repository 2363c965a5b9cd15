# Source: 002_d31a67a36a7bf108.txt, "删除Pod": the kubelet runs preStop first; the container's
# graceful window is terminationGracePeriodSeconds minus the preStop time, but at least 2 s; the
# runtime sends SIGTERM, then SIGKILL when the window ends. Hence the seed's advice: with a
# preStop hook, raise terminationGracePeriodSeconds.
# Kubelet: pkg/kubelet/kuberuntime/kuberuntime_container.go@killContainer (gracePeriod minus
# executePreStopHook's time, then minimumGracePeriodInSeconds = 2).
Feature: graceful shutdown

  Scenario: preStop, then SIGTERM; a quick program exits cleanly
    Given the manifest "graceful-shutdown.yaml"
    And the preStop hook of container "app" takes 10s
    And container "app" stops 5s after SIGTERM
    When 1 minute passes
    And the pod is deleted
    And 14s pass
    Then container "app" is running
    And the pod status is "Terminating"
    When 2s pass
    Then container "app" terminated with exit code 0
    And the pod phase is "Succeeded"

  Scenario: a program that ignores SIGTERM is killed when the grace period ends
    Given the manifest "graceful-shutdown.yaml"
    And the preStop hook of container "app" takes 10s
    And container "app" ignores SIGTERM
    When 1 minute passes
    And the pod is deleted
    And 29s pass
    Then container "app" is running
    When 2s pass
    Then container "app" terminated with exit code 137
    And the pod phase is "Failed"

  Scenario: a preStop hook longer than the grace period leaves the program 2 seconds
    Given the manifest "graceful-shutdown.yaml"
    And the preStop hook of container "app" takes 45s
    And container "app" stops 5s after SIGTERM
    When 1 minute passes
    And the pod is deleted
    And 31s pass
    Then container "app" is running
    When 2s pass
    Then container "app" terminated with exit code 137
