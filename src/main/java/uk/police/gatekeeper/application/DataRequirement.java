package uk.police.gatekeeper.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Optional;

/**
 * One data requirement of an application (contract.md, "A data requirement"), as typed. Field
 * rules sit on the fields; rules that read several fields are the class-level constraints.
 */
@ValidIdentifier
@ValidPeriod
@PortForIpResolution
public record DataRequirement(
    @NotBlank(message = "is required") @EnumName(IdentifierType.class) String identifierType,
    @NotBlank(message = "is required") String identifier,
    @NotBlank(message = "is required") @EnumName(DataType.class) String dataType,
    @NotBlank(message = "is required") String csp,
    @NotBlank(message = "is required") @WithExplicitOffset String from,
    @WithExplicitOffset String to,
    @Min(value = 0, message = "must be from 0 to 65535")
    @Max(value = 65535, message = "must be from 0 to 65535")
    Integer port) {

  /** The identifier type, when it is one of the contract's names. */
  public Optional<IdentifierType> knownIdentifierType() {
    return known(IdentifierType.class, identifierType);
  }

  /** The data type, when it is one of the contract's names. */
  public Optional<DataType> knownDataType() {
    return known(DataType.class, dataType);
  }

  private static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
  }
}
