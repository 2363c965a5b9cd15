# STEPS.md "The world a scenario starts in" and the manifest steps: paths are resolved against
# the feature file's folder first, then the working directory; "the pod" is the last loaded;
# `pod {string}` picks by name (a workload's pod by the workload's name).
Feature: loading manifests

  Scenario: a path relative to the feature file
    Given the manifest "manifests/app.yaml"
    When 10s pass
    Then the pod phase is "Running"

  Scenario: a path relative to the working directory
    Given the manifest "examples/pods/hello-world.yaml"
    When 10s pass
    Then the pod phase is "Succeeded"

  Scenario: an inline manifest
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: inline
      spec:
        restartPolicy: Never
        containers:
        - name: main
          image: busybox:1.36
          command: ["sh", "-c", "echo inline works"]
      """
    When 5s pass
    Then the logs of container "main" contain "inline works"
    And the pod status is "Completed"

  Scenario: one pod from a multi-document file, with the ConfigMap it reads
    Given the pod "reader" from "manifests/several.yaml"
    When 5s pass
    Then the logs of container "reader" contain "hello from the config map"
    And kubectl get pods shows:
      | NAME   | STATUS    |
      | reader | Completed |

  Scenario: a workload's pod from a multi-document file, by the workload's name
    Given the pod "api" from "manifests/several.yaml"
    When 10s pass
    Then the phase of pod "api" is "Running"

  Scenario: several pods: "the pod" is the last one loaded
    Given the pod "sleeper" from "manifests/several.yaml"
    And the pod "reader" from "manifests/several.yaml"
    When 10s pass
    Then the pod phase is "Succeeded"
    And the phase of pod "sleeper" is "Running"
    And kubectl get pods shows:
      | NAME    | READY | STATUS    | RESTARTS |
      | sleeper | 1/1   | Running   | 0        |
      | reader  | 0/1   | Completed | 0        |

  Scenario: the pod is created explicitly and accepted
    Given the manifest "manifests/app.yaml"
    When the pod is created
    Then the pod is accepted
    And the pod phase is "Running"

  Scenario: an invalid inline pod is rejected with the API server's message
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: Bad_Name
      spec:
        containers:
        - name: main
          image: busybox:1.36
          imagePullPolice: Always
      """
    When the pod is created
    Then the pod is rejected with "The Pod \"Bad_Name\" is invalid"
    And the pod is rejected with "imagePullPolice"
