# The Given steps that say what a container does (STEPS.md): timings are measured from the start
# of each container instance and hold again after every restart; "from {duration}" faults are
# measured from the start of the scenario. Restart timing: kubelet crash-loop back-off, first
# restart immediate, then 10 s, 20 s, … (pkg/kubelet/kuberuntime/kuberuntime_manager.go@doBackOff).
Feature: container behaviour

  Scenario: a container that exits after a while, again after every restart
    Given the manifest "manifests/app.yaml"
    And container "app" exits with code 3 after 20s
    When 21s pass
    Then container "app" is running
    And container "app" has restarted 1 time
    And container "app" terminated with exit code 3
    And container "app" terminated with reason "Error"
    When 24s pass
    Then container "app" is waiting with reason "CrashLoopBackOff"
    And the pod status is "CrashLoopBackOff"
    And the pod phase is "Running"
    When 6s pass
    Then container "app" is running
    And container "app" has restarted 2 times

  Scenario: a container that runs until stopped ignores its command
    Given the manifest "../examples/pods/hello-world.yaml"
    And container "hello" runs until stopped
    Then the pod phase stays "Running" for 10m
    And container "hello" has restarted 0 times

  Scenario: a container that ignores SIGTERM is killed at the end of the grace period
    Given the manifest "manifests/app.yaml"
    And container "app" ignores SIGTERM
    When 10s pass
    And the pod is deleted
    And 29s pass
    Then container "app" is running
    And the pod status is "Terminating"
    When 2s pass
    Then container "app" is terminated
    And container "app" terminated with exit code 137
    And container "app" terminated with reason "Error"
    And the pod phase is "Failed"

  Scenario: a container that needs a while to stop after SIGTERM
    Given the manifest "manifests/app.yaml"
    And container "app" stops 5s after SIGTERM
    When 10s pass
    And the pod is deleted
    And 4s pass
    Then container "app" is running
    When 2s pass
    Then container "app" terminated with exit code 0
    And the pod phase is "Succeeded"

  Scenario: a container that becomes healthy after 25 s
    Given the manifest "manifests/app.yaml"
    And container "app" becomes healthy after 25s
    When 24s pass
    Then container "app" is not ready
    And an event "Unhealthy" with message containing "Readiness probe failed" is recorded
    When 7s pass
    Then container "app" is ready
    And container "app" has restarted 0 times

  Scenario: a liveness probe that fails from a scenario time on
    Given the manifest "manifests/app.yaml"
    And the liveness probe of container "app" fails from 1m
    When 79s pass
    Then container "app" has restarted 0 times
    When 41s pass
    Then container "app" has restarted at least 1 time
    And an event "Killing" with message containing "failed liveness probe, will be restarted" is recorded

  Scenario: a readiness probe that fails, then succeeds from given times
    Given the manifest "manifests/app.yaml"
    And the readiness probe of container "app" fails from 0s
    And the readiness probe of container "app" succeeds from 30s
    When 20s pass
    Then container "app" is not ready
    When 20s pass
    Then container "app" is ready
    And the pod is ready

  Scenario: memory above the limit: OOMKilled
    Given the manifest "manifests/app.yaml"
    And container "app" uses "300Mi" of memory after 5s
    When 6s pass
    Then container "app" terminated with reason "OOMKilled"
    And container "app" terminated with exit code 137
    And container "app" has restarted at least 1 time

  Scenario: memory below the limit
    Given the manifest "manifests/app.yaml"
    And container "app" uses "200Mi" of memory after 5s
    Then the pod phase stays "Running" for 5m
    And container "app" has restarted 0 times

  Scenario: a failing postStart hook
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hooked
      spec:
        containers:
        - name: app
          image: registry.example.com/app:1.0
          lifecycle:
            postStart:
              exec:
                command: ["sh", "-c", "echo started"]
      """
    And the postStart hook of container "app" fails
    When 5s pass
    Then an event "FailedPostStartHook" is recorded

  Scenario: a slow preStop hook delays SIGTERM
    Given the manifest "manifests/app.yaml"
    And the preStop hook of container "app" takes 10s
    And container "app" stops 3s after SIGTERM
    When 10s pass
    And the pod is deleted
    And 12s pass
    Then container "app" is running
    When 2s pass
    Then container "app" is terminated

  Scenario: a failing preStop hook
    Given the manifest "manifests/app.yaml"
    And the preStop hook of container "app" fails
    When 10s pass
    And the pod is deleted
    And 5s pass
    Then an event "FailedPreStopHook" is recorded
