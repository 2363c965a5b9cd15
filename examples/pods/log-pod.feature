# Source: 000_866009fb9f7f7fa3.txt, "日志查询": kubectl get pod log-pod shows "0/2 Error 1" after
# 19 s; `kubectl logs log-pod container1` prints "container1: <date>"; `kubectl logs log-pod
# container2` fails (the container is waiting) and `--previous` prints "container2: <date>".
# STATUS: today's kubectl (pkg/printers/internalversion/printers.go@printPod) walks container
# statuses from last to first and keeps the last notable one, i.e. container1's "Completed";
# the seed's "Error" came from a 2015 kubectl. READY 0/2 and the restarts agree.
Feature: logs and previous logs

  Scenario: the failing container's output is in its previous logs
    Given the manifest "log-pod.yaml"
    When 19s pass
    Then the logs of container "container1" contain "container1: "
    And container "container1" terminated with reason "Completed"
    And container "container1" has restarted 0 times
    And container "container2" has restarted at least 1 time
    And the previous logs of container "container2" contain "container2: "
    And the pod status is "Completed"
    And the pod phase is "Running"
    And kubectl get pods shows:
      | NAME    | READY |
      | log-pod | 0/2   |
