# Source: 000_866009fb9f7f7fa3.txt, "Pod的临终遗言": at 119 s kubectl shows
#   w-message-pod   0/1   CrashLoopBackOff   4   119s
# and lastState.terminated.message is "<date> I was going to die".
# Ideal kubelet timing: restarts at 0 s (immediate), 10 s, 30 s and 70 s; the next is due at
# 150 s, so at 119 s the container waits in CrashLoopBackOff with 4 restarts, as the seed shows.
Feature: termination message

  Scenario: the last words survive the container
    Given the manifest "w-message-pod.yaml"
    When 119s pass
    Then the pod status is "CrashLoopBackOff"
    And container "messager" has restarted 4 times
    And the termination message of container "messager" contains "I was going to die"
    And container "messager" terminated with reason "Completed"
    And the pod phase is "Running"
