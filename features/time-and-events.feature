# The When steps: virtual time and injected events. Deletion follows the API server
# (pkg/registry/core/pod/strategy.go@CheckGracefulDelete) and the kubelet's killContainer; a node
# loss follows the node lifecycle controller (40 s grace, then the unreachable taint; eviction
# after the default 300 s toleration).
Feature: time and events

  Scenario: time passes in durations of every spelling
    Given the manifest "manifests/app.yaml"
    When 30s pass
    And 1 minute passes
    And 90 seconds pass
    And 2 minutes pass
    And 1m30s pass
    Then kubectl get pods shows:
      | NAME | READY | STATUS  | RESTARTS | AGE   |
      | app  | 1/1   | Running | 0        | 6m30s |

  Scenario: an injected exit restarts the container, a second one backs off
    Given the manifest "manifests/app.yaml"
    When 10s pass
    And container "app" exits with code 2
    Then container "app" has restarted 1 time
    And container "app" terminated with exit code 2
    And container "app" is running
    When container "app" exits with code 2
    Then container "app" is waiting with reason "CrashLoopBackOff"
    And an event "BackOff" is recorded
    When I wait until container "app" is ready
    Then container "app" has restarted 2 times

  Scenario: an injected OOM kill
    Given the manifest "manifests/app.yaml"
    When 10s pass
    And container "app" is OOM killed
    Then container "app" terminated with reason "OOMKilled"
    And container "app" terminated with exit code 137

  Scenario: a readiness probe that starts failing, then succeeding
    Given the manifest "manifests/app.yaml"
    When 20s pass
    Then the pod is ready
    When the readiness probe of container "app" starts failing
    And 20s pass
    Then the pod is not ready
    And the pod condition "ContainersReady" is "False"
    And kubectl get pods shows:
      | NAME | READY | STATUS  |
      | app  | 0/1   | Running |
    When the readiness probe of container "app" starts succeeding
    And 10s pass
    Then the pod is ready

  Scenario: a liveness probe that starts failing restarts the container
    Given the manifest "manifests/app.yaml"
    When 30s pass
    And the liveness probe of container "app" starts failing
    And 40s pass
    Then container "app" has restarted at least 1 time
    And an event "Unhealthy" with message containing "Liveness probe failed" is recorded

  Scenario: a startup probe that starts failing keeps the container unstarted
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow-start
      spec:
        containers:
        - name: app
          image: registry.example.com/app:1.0
          ports:
          - containerPort: 8080
          startupProbe:
            tcpSocket:
              port: 8080
            periodSeconds: 5
            failureThreshold: 30
      """
    When the startup probe of container "app" starts failing
    And 1 minute passes
    Then container "app" is running
    And container "app" is not ready
    When the startup probe of container "app" starts succeeding
    And 10s pass
    Then container "app" is ready

  Scenario: graceful deletion
    Given the manifest "manifests/app.yaml"
    When 10s pass
    And the pod is deleted
    Then an event "Killing" is recorded
    When 1 minute passes
    Then container "app" is terminated
    And container "app" terminated with exit code 0
    And the pod phase is "Succeeded"

  Scenario: deletion with a short grace period
    Given the manifest "manifests/app.yaml"
    And container "app" ignores SIGTERM
    When 10s pass
    And the pod is deleted with a grace period of 5 seconds
    And 4s pass
    Then the pod status is "Terminating"
    When 2s pass
    Then container "app" terminated with exit code 137

  # The API object is gone at once, so the last status anyone saw (kubectl get -w's DELETED
  # event) is the running pod with its deletionTimestamp: "Terminating".
  Scenario: force deletion removes the pod at once
    Given the manifest "manifests/app.yaml"
    When 10s pass
    And the pod is force deleted
    And 5s pass
    Then the pod status is "Terminating"
    And container "app" is running

  Scenario: a lost node
    Given the manifest "manifests/app.yaml"
    When 10s pass
    And node "node-1" is lost
    And 30s pass
    Then the pod is ready
    When 20s pass
    Then the pod is not ready
    And an event "NodeNotReady" is recorded
    When 5 minutes pass
    Then an event "TaintManagerEviction" is recorded
    And the pod status is "Terminating"

  Scenario: waiting for a phase
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: job-like
      spec:
        restartPolicy: Never
        containers:
        - name: work
          image: busybox:1.36
          command: ["sh", "-c", "sleep 42"]
      """
    When I wait until the pod phase is "Succeeded"
    Then the pod status is "Completed"
    And kubectl get pods shows:
      | NAME     | AGE |
      | job-like | 42s |

  Scenario: waiting for a status
    Given the manifest "../examples/pods/on-failure-restart-pod.yaml"
    When I wait until the pod status is "CrashLoopBackOff"
    Then the pod phase is "Running"
