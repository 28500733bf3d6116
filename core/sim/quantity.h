#pragma once
/// Physical quantities of study parameters, material properties and result fields. Values are
/// SI inside; siUnit() names the unit they are in (core/sim/unit_system.h shows and reads them
/// in other units).

namespace wb::sim {

/// Physical quantity of a value. New quantities are appended, so stored numbers keep meaning.
enum class Quantity {
    Dimensionless,
    Length,                  ///< m
    Force,                   ///< N
    Pressure,                ///< Pa (also stress)
    Acceleration,            ///< m/s^2
    Temperature,             ///< K (an absolute temperature: °C and °F carry an offset)
    HeatFlux,                ///< W/m^2
    HeatTransferCoefficient, ///< W/(m^2 K)
    VolumetricHeat,          ///< W/m^3
    TemperatureDifference,   ///< K (a difference: °C and °F carry no offset)
    Density,                 ///< kg/m^3
    ThermalConductivity,     ///< W/(m K)
    ThermalExpansion,        ///< 1/K
    SpecificHeat,            ///< J/(kg K)
    Moment,                  ///< N m (a support's reaction moment)
    HeatFlow,                ///< W (a support's reaction heat)
};

/// Number of quantities (every value from Dimensionless up to it is one).
inline constexpr int kQuantityCount = int(Quantity::HeatFlow) + 1;

/// The SI unit of a quantity as plain ASCII text ("Pa", "W/(m^2 K)"); empty for Dimensionless.
const char* siUnit(Quantity q);

} // namespace wb::sim
