# Source: 000_866009fb9f7f7fa3.txt, "Pod的生命周期阶段": the phase a Running pod moves to when its
# containers exit, by number of containers, exit code and restartPolicy. Kubelet:
# pkg/kubelet/kubelet_pods.go@getPhase (rule 5: none running, some stopped → Always: Running;
# all exited 0: Succeeded; Never: Failed; OnFailure: Running) — KUBELET.md A2.
Feature: the phase table

  Scenario Outline: one container exits <code> with restartPolicy <policy> → <phase>
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: phase-one
      spec:
        restartPolicy: <policy>
        containers:
        - name: a
          image: busybox:1.36
          command: ["sh", "-c", "sleep 5; exit <code>"]
      """
    When 4s pass
    Then the pod phase is "Running"
    When 3s pass
    Then the pod phase is "<phase>"
    And the pod phase stays "<phase>" for 10m

    Examples:
      | code | policy    | phase     |
      | 0    | Always    | Running   |
      | 0    | OnFailure | Succeeded |
      | 0    | Never     | Succeeded |
      | 1    | Always    | Running   |
      | 1    | OnFailure | Running   |
      | 1    | Never     | Failed    |

  Scenario Outline: two containers, a exits <a>, b <b>, restartPolicy <policy> → <phase>
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: phase-two
      spec:
        restartPolicy: <policy>
        containers:
        - name: a
          image: busybox:1.36
          command: ["sh", "-c", "sleep 5; exit <a>"]
        - name: b
          image: busybox:1.36
          command: ["sh", "-c", "<b command>"]
      """
    When 7s pass
    Then the pod phase is "<phase>"
    And the pod phase stays "<phase>" for 10m

    Examples: one container exits abnormally, the other keeps running
      | a | b          | b command            | policy    | phase   |
      | 1 | keeps running | sleep 100000      | Always    | Running |
      | 1 | keeps running | sleep 100000      | OnFailure | Running |
      | 1 | keeps running | sleep 100000      | Never     | Running |

    Examples: both exit abnormally
      | a | b          | b command            | policy    | phase   |
      | 1 | exits 1    | sleep 5; exit 1      | Always    | Running |
      | 1 | exits 1    | sleep 5; exit 1      | OnFailure | Running |
      | 1 | exits 1    | sleep 5; exit 1      | Never     | Failed  |

    Examples: both exit normally
      | a | b          | b command            | policy    | phase     |
      | 0 | exits 0    | sleep 5; exit 0      | Always    | Running   |
      | 0 | exits 0    | sleep 5; exit 0      | OnFailure | Succeeded |
      | 0 | exits 0    | sleep 5; exit 0      | Never     | Succeeded |

    Examples: one exits normally, the other abnormally
      | a | b          | b command            | policy    | phase   |
      | 0 | exits 1    | sleep 5; exit 1      | OnFailure | Running |
      | 0 | exits 1    | sleep 5; exit 1      | Never     | Failed  |
