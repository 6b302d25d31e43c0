package uk.police.gatekeeper.sla;

import java.util.Optional;

/**
 * Priority grades of a communications data application (domain.md section 2). Each maps to a Camunda
 * task priority so Tasklist can sort by urgency and the "Urgent" filter can select Grades 1 and 2.
 */
public enum Grade {
  GRADE_1(90),
  GRADE_2(70),
  GRADE_3(50),
  ROUTINE(30);

  /** Task priority from which a task counts as urgent (Grades 1 and 2). */
  public static final int URGENT_TASK_PRIORITY = GRADE_2.taskPriority;

  private final int taskPriority;

  Grade(int taskPriority) {
    this.taskPriority = taskPriority;
  }

  public int taskPriority() {
    return taskPriority;
  }

  public static Optional<Grade> parse(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.toString()));
    } catch (IllegalArgumentException notAGrade) {
      return Optional.empty();
    }
  }
}
